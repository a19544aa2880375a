// Copies the pinned front-end libraries from node_modules into wwwroot/lib.
// Run after changing a version in package.json: npm ci && npm run copy-lib
import { cpSync, mkdirSync } from "node:fs";

const files = [
  ["bootstrap/dist/css/bootstrap.min.css", "bootstrap/bootstrap.min.css"],
  ["bootstrap/dist/js/bootstrap.bundle.min.js", "bootstrap/bootstrap.bundle.min.js"],
  ["bootstrap/LICENSE", "bootstrap/LICENSE"],
  ["htmx.org/dist/htmx.min.js", "htmx/htmx.min.js"],
  ["htmx.org/LICENSE", "htmx/LICENSE"],
  ["sortablejs/Sortable.min.js", "sortable/Sortable.min.js"],
  ["sortablejs/LICENSE", "sortable/LICENSE"],
];
for (const [from, to] of files) {
  mkdirSync(`wwwroot/lib/${to.split("/")[0]}`, { recursive: true });
  cpSync(`node_modules/${from}`, `wwwroot/lib/${to}`);
}
