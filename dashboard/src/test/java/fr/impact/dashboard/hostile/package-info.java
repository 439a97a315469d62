/**
 * The hostile-input corpus (issue 9): files generated at test time, each with the outcome
 * FORMATS.md gives it, and the checks the command-line and upload tests share
 * ({@code HostileCorpusCliIntegrationTests}, {@code HostileCorpusUploadIntegrationTests}).
 * The corpus and its outcomes are listed in {@code docs/hostile-inputs.md}.
 */
package fr.impact.dashboard.hostile;
