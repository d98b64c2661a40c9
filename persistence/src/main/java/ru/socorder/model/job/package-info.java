/** Background jobs: runs with their status and counts, the uploaded file, per-row verdicts and outcomes. */
package ru.socorder.model.job;
