/** The {@code cls-export} command: a CLS log export to a local file, with a progress bar. */
package dev.clssdk.cls.export.cli;
