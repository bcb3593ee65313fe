import banner from '../de.js';
export default { ...banner, loadOnce: 'Einmal laden' };
