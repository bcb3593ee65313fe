// Stands in for a statistics script: it only marks that it ran.
window.statsRan = (window.statsRan ?? 0) + 1;
