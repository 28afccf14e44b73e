// Placeholder until the crawl politeness harness lands (issue 5).
return 0;
