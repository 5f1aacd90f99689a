// `ipc-demo applications|jury|resources`: the demo's 2006 history, encoded by the contracts.
await DemoHistoryCommand.main()
