/**
 * Reading inputs: files, folders, standard input, JSON Lines, HTML and TimeML text, charsets. Depends on nothing else in Dateline; bad input becomes an {@link io.dateline.input.InputError}, never an exception.
 */
package io.dateline.input;
