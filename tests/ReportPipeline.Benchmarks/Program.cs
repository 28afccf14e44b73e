// Placeholder until the parser benchmark lands (issue 3).
return 0;
