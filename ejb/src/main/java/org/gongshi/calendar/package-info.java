/**
 * Working days on the official holiday schedule, and legal time limits counted in them (Civil Code
 * Art. 201: a period starts the day after its start event). Pure domain code: no database, no web.
 */
package org.gongshi.calendar;
