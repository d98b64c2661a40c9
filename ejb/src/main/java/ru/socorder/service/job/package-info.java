/**
 * Background jobs whose state is in the database ({@code job_run}, {@code job_row}, {@code job_file}) and whose work
 * runs as Jakarta Batch chunk steps. {@link ru.socorder.service.job.Jobs} is the boundary (preview an import, confirm,
 * list, read, re-run); an area plugs in an {@link ru.socorder.service.job.ImportTarget} (a file import) or a {@link ru.socorder.service.job.JobTarget} (rows it plans itself, {@code Jobs.create}/{@code start}).
 */
package ru.socorder.service.job;
