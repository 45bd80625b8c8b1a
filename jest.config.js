/** Unit tests (Excel paths on the emulator, test/emulator); the browser and LibreOffice checks live in `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  setupFiles: ["<rootDir>/test/setup.ts"],
  maxWorkers: 2,
  // File-writing tests (periksa, fuzz) take seconds on a loaded 2-core machine; speed is measured by npm run bench, not here.
  testTimeout: 30000,
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: { module: "commonjs", allowJs: true, isolatedModules: true } }],
  },
};
