using System.Net.Http.Headers;

namespace Logto.Generated;

/// <summary>The <c>multipart/form-data</c> bodies of the upload operations.</summary>
internal static class LogtoMultipart
{
    /// <summary>An empty form whose boundary is written without quotes, which every multipart parser reads.</summary>
    public static MultipartFormDataContent Create()
    {
        var boundary = Guid.NewGuid().ToString();
        var form = new MultipartFormDataContent(boundary);
        form.Headers.Remove("Content-Type");
        form.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);
        return form;
    }

    /// <summary>Adds a file part; a null file adds nothing.</summary>
    public static void Add(MultipartFormDataContent form, string name, FileParameter? file)
    {
        if (file is null)
        {
            return;
        }

        var part = new StreamContent(file.Data);
        if (!string.IsNullOrEmpty(file.ContentType))
        {
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        }

        form.Add(part, name, file.FileName ?? name);
    }

    /// <summary>Adds a text part, formatted as query values are; a null value adds nothing.</summary>
    public static void Add(MultipartFormDataContent form, string name, object? value)
    {
        if (value is not null)
        {
            form.Add(new StringContent(LogtoQueryString.Format(value)), name);
        }
    }
}
