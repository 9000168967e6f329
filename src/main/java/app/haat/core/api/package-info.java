/** The JSON API's common parts: input rules, refusals as translated problem details, and the OpenAPI description. */
@NullMarked
package app.haat.core.api;

import org.jspecify.annotations.NullMarked;
