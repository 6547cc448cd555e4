/**
 * Read, first half: finding the data files in the data folder and streaming their cells (xlsx, xlsm,
 * xls, csv) with each cell's place, under limits that hold against hostile files. Knows nothing of
 * roadmaps or KPIs: the {@code read} package gives the cells their meaning.
 */
package io.roadcase.source;
