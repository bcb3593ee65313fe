// Stands in for dist/integrations/regions.js in the script tag's tests: the real rule, from its source.
export { ruleFor } from '../../integrations/regions.ts';
