/**
 * One story out of many articles: the same person however each outlet names or spells them,
 * the same quote however each outlet words it, the same happening however each reports it.
 */
package org.storydesk.analysis.merging;
