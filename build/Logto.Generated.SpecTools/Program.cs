using Logto.Generated.SpecTools;

return await SpecToolsCli.RunAsync(args, Console.Out, Console.Error);
