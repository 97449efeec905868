// Each collection starts a whole AppHost (a dozen processes, Chromium among them): one at a time on a two-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
