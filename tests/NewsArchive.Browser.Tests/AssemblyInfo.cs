// Each test class starts its own site and Chromium; several at once on a small CI machine make timings flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
