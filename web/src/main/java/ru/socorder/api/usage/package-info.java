/** API of delivered volume (учёт оказанных услуг): {@code /api/v1/usage}. */
package ru.socorder.api.usage;
