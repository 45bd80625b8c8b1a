// Excel provides CustomFunctions at run time; tests get an equivalent with the same shape.
class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    divisionByZero: "#DIV/0!",
    invalidName: "#NAME?",
    invalidNumber: "#NUM!",
    invalidReference: "#REF!",
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    nullReference: "#NULL!",
  },
  associate: () => undefined,
};

// Fuzz runs: a fixed seed in CI so a landing is judged on the same cases every time; random
// elsewhere so new cases keep being tried (fast-check prints the seed of any failure).
if (process.env.CI) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("fast-check") as typeof import("fast-check")).configureGlobal({ seed: 20261129 });
}
