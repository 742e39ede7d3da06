using System.CommandLine;
using Restake.Cli;

var root = new RootCommand("Restake: exact restaking protocol engines, simulation and risk analysis.");
foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
return CliRunner.Run(root, args);
