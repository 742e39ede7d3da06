using System.CommandLine;
using Restake.Cli;

var root = CommandCatalog.Build(new RootCommand("Restake: exact restaking protocol engines, simulation and risk analysis."));
return CliRunner.Run(root, args);
