/** Unit tests (Excel paths on the emulator, test/emulator); the browser and LibreOffice checks live in `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  setupFiles: ["<rootDir>/test/setup.ts"],
  maxWorkers: 2,
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: { module: "commonjs", allowJs: true, isolatedModules: true } }],
  },
};
