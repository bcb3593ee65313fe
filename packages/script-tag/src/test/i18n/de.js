export default { acceptAll: 'Alle akzeptieren' };
