/** Heavy checks: the task pane in headless Chromium and workbooks recalculated by LibreOffice. */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  testMatch: ["**/test/e2e/**/*.e2e.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  maxWorkers: 1,
  testTimeout: 180000,
};
