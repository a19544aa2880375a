// Two cores: a Chromium and a Kestrel host per test class are plenty at a time; classes in
// parallel starve each other and make timeouts flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
