// Placeholder until the custom handler lands (issue 2).
return 0;
