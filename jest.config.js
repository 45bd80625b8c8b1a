/** Unit and mock tests; the browser and LibreOffice checks live in `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  setupFiles: ["<rootDir>/test/setup.ts"],
  // office-addin-mock imports office-addin-manifest for one enum; its ESM dependencies break Jest.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/excel/stub-office-addin-manifest.ts" },
  maxWorkers: 2,
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: { module: "commonjs", allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)"],
};
