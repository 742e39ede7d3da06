using Restake.Server.Tests.Support;

// The test assembly is also a server host, so the process-kill test can start, kill and restart a real server process
// with the test run mode: `dotnet Restake.Server.Tests.dll host --urls URL --db sqlite:PATH [--no-modes]`.
return await TestHostProgram.RunAsync(args);
