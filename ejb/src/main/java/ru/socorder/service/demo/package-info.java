/** Demo mode: the reference data of the five seed resolutions and the demo users, loaded on the embedded database only. */
package ru.socorder.service.demo;
