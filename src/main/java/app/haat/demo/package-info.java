/** Demo accounts and data, loaded only with haat.demo=true, and the demo's free-port choice. */
@NullMarked
package app.haat.demo;

import org.jspecify.annotations.NullMarked;
