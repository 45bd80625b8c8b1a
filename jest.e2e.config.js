/** Heavy checks: the task pane in headless Chromium and workbooks recalculated by LibreOffice. */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  testMatch: ["**/test/e2e/**/*.e2e.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  // Two files at a time (CI has two cores): each LibreOffice run has its own throw-away profile and
  // each test file its own output folder, so they do not meet; about 6 min instead of 9.5.
  maxWorkers: 2,
  testTimeout: 180000,
};
