// The app's own code: the package, as a bundler user imports it.
import 'versus-card';

document.title += ' (started)';
