/* commands: the subcommand table that dispatch and help both read. */
#ifndef WAGESTAT_COMMANDS_H
#define WAGESTAT_COMMANDS_H

#include <stdio.h>

#ifndef WAGESTAT_VERSION
#define WAGESTAT_VERSION "0.1.0"
#endif

typedef struct command {
	const char *name;
	int (*run)(int argc, char **argv); /* argv[0] is the command name */
	const char *summary;               /* one line for 'wagestat help' */
	void (*help)(FILE *out);           /* full help */
} command;

extern const command commands[];
const command *command_find(const char *name);

int cmd_summarize(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_reconcile(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_plot(int argc, char **argv);
int cmd_report(int argc, char **argv);
void cmd_convert_help(FILE *out);
void cmd_import_help(FILE *out);
void cmd_reconcile_help(FILE *out);
void cmd_extract_help(FILE *out);
void cmd_check_help(FILE *out);
void cmd_summarize_help(FILE *out);
void cmd_merge_help(FILE *out);
void cmd_plot_help(FILE *out);
void cmd_report_help(FILE *out);

#endif
