// The script-tag bundles in dist/ (see packages' own dist/ for the npm builds, made by tsc).
// Filled in by the script-tag work; an empty list builds nothing.
export default [];
