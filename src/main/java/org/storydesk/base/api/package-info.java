/**
 * What every list of the JSON API shares: CSV for spreadsheets, and errors as problem details
 * that say what is wrong.
 */
package org.storydesk.base.api;
