/* plot: the script, data and style files of a chart, and gnuplot run on
 * them without a shell.  See plot.h for how text from data is kept inert. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/cleanup.h"
#include "base/diag.h"
#include "base/fmt.h"
#include "output/plot.h"
#include "output/table.h"
#include "base/xalloc.h"

/* plots/style.gp, compiled in by scripts/embed.sh */
extern const char embedded_style[];

static const char *const files[] = {"plot.gp", "plot.dat", "style.gp"};

int plot_format_of(const char *path)
{
	const char *dot = strrchr(path, '.');

	if (!dot || strchr(dot, '/'))
		return -1;
	if (strcasecmp(dot, ".png") == 0)
		return PLOT_PNG;
	if (strcasecmp(dot, ".svg") == 0)
		return PLOT_SVG;
	if (strcasecmp(dot, ".pdf") == 0)
		return PLOT_PDF;
	return -1;
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static char *absolute(const char *path)
{
	char cwd[PATH_MAX];

	if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
		return xstrdup(path);
	return join(cwd, path);
}

/* A file of the chart's directory; one of a temporary directory is listed
 * for removal on a signal. */
static FILE *create(const plot_job *j, const char *name)
{
	char *path = join(j->dir, name);
	FILE *f;

	if (!j->keep)
		cleanup_add(path);
	f = fopen(path, "w");

	if (!f)
		diag("cannot write %s: %s", path, strerror(errno));
	free(path);
	return f;
}

/* Remove a temporary directory and the files in it. */
static void remove_dir(const char *dir)
{
	size_t i;

	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		char *p = join(dir, files[i]);
		unlink(p);
		cleanup_forget(p);
		free(p);
	}
	rmdir(dir);
	cleanup_forget(dir);
}

/* A path with a control byte could not be named to gnuplot as it is. */
static int plain_path(const char *p)
{
	for (; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return 0;
	return 1;
}

int plot_open(plot_job *j, const char *script_dir, const char *output, int width,
	      int height)
{
	static const char *const term[] = {
		[PLOT_PNG] = "pngcairo size %d,%d font 'DejaVu Sans,9'",
		[PLOT_SVG] = "svg size %d,%d font 'DejaVu Sans,10' background '#ffffff'",
		[PLOT_PDF] = "pdfcairo size %.2fin,%.2fin font 'DejaVu Sans,9'",
	};
	FILE *style;
	int f = plot_format_of(output);

	memset(j, 0, sizeof *j);
	if (f < 0) {
		diag("-o %s: a chart is written as .png, .svg or .pdf", output);
		return EXIT_USAGE;
	}
	if (!plain_path(output)) {
		diag("-o: a chart's file name may hold no control characters");
		return EXIT_USAGE;
	}
	j->format = (plot_format)f;
	j->width = width;
	j->height = height;
	if (script_dir) {
		if (mkdir(script_dir, 0777) != 0 && errno != EEXIST) {
			diag("--script %s: %s", script_dir, strerror(errno));
			return EXIT_USAGE;
		}
		j->dir = absolute(script_dir);
		j->keep = 1;
	} else {
		const char *tmp = getenv("TMPDIR");
		j->dir = join(tmp && *tmp ? tmp : "/tmp", "wagestat-plot.XXXXXX");
		if (!mkdtemp(j->dir)) {
			diag("cannot make a directory %s: %s", j->dir, strerror(errno));
			free(j->dir);
			j->dir = NULL;
			return EXIT_USAGE;
		}
		cleanup_add(j->dir);
	}
	j->output = absolute(output);
	if (!(j->tmp_output = cleanup_temp_beside(j->output)))
		return EXIT_USAGE;
	style = create(j, "style.gp");
	if (style) {
		fputs(embedded_style, style);
		if (fclose(style) != 0)
			style = NULL;
	}
	j->gp = create(j, "plot.gp");
	j->dat = create(j, "plot.dat");
	if (!style || !j->gp || !j->dat)
		return EXIT_USAGE;
	fputs("# Written by wagestat plot.  Redraw with: gnuplot plot.gp (in this directory)\n"
	      "set encoding utf8\nset terminal ", j->gp);
	if (j->format == PLOT_PDF)
		fprintf(j->gp, term[j->format], width / 100.0, height / 100.0);
	else
		fprintf(j->gp, term[j->format], width, height);
	/* wagestat names a temporary file; redrawn by hand, the chart itself */
	fputs(" noenhanced\nif (!exists('wagestat_output')) wagestat_output = ", j->gp);
	plot_gp_string(j->gp, j->output);
	fputs("\nset output wagestat_output\nload 'style.gp'\n", j->gp);
	return 0;
}

void plot_job_free(plot_job *j)
{
	if (j->gp)
		fclose(j->gp);
	if (j->dat)
		fclose(j->dat);
	j->gp = j->dat = NULL;
	if (j->dir && !j->keep)
		remove_dir(j->dir);
	if (j->tmp_output) {
		unlink(j->tmp_output);
		cleanup_forget(j->tmp_output);
	}
	free(j->dir);
	free(j->output);
	free(j->tmp_output);
	j->dir = j->output = j->tmp_output = NULL;
}

/* The program: $WAGESTAT_GNUPLOT or gnuplot. */
static const char *gnuplot_program(void)
{
	const char *p = getenv("WAGESTAT_GNUPLOT");

	return p && *p ? p : "gnuplot";
}

/* Run gnuplot plot.gp in dir; its stderr into *err (NUL-terminated).
 * Returns its exit status, 127 when it could not be started, -1 when the
 * fork failed. */
static int run_gnuplot(const char *dir, const char *output, char **err)
{
	int fd[2], status;
	size_t len = 0, alloc = 4096;
	pid_t pid;
	ssize_t n;

	*err = xmalloc(alloc);
	(*err)[0] = '\0';
	if (pipe(fd) != 0)
		return -1;
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if (pid == 0) {
		char *argv[5];
		int null = open("/dev/null", O_RDWR);
		/* gnuplot ends with wagestat, however wagestat ends */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		argv[0] = (char *)gnuplot_program();
		argv[1] = (char *)"-e";
		argv[2] = (char *)output;
		argv[3] = (char *)"plot.gp";
		argv[4] = NULL;
		close(fd[0]);
		if (null >= 0) {
			dup2(null, STDIN_FILENO);
			dup2(null, STDOUT_FILENO);
		}
		dup2(fd[1], STDERR_FILENO);
		if (chdir(dir) != 0)
			_exit(126);
		/* the script and data are UTF-8, whatever the caller's locale */
		setenv("LC_ALL", "C.UTF-8", 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fd[1]);
	cleanup_child(pid);
	for (;;) {
		if (alloc - len < 1024)
			*err = xrealloc(*err, alloc *= 2);
		n = read(fd[0], *err + len, alloc - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	(*err)[len] = '\0';
	close(fd[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			cleanup_child(0);
			return -1;
		}
	cleanup_child(0);
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

/* "wagestat_output = '...'": the temporary file, as gnuplot's -e sets it. */
static const char *set_output(const plot_job *j, char **setting)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);

	fputs("wagestat_output = ", f);
	plot_gp_string(f, j->tmp_output);
	fclose(f);
	return *setting = buf;
}

int plot_render(plot_job *j)
{
	int bad = 0, status, code = EXIT_OK;
	char *err, *line, *save = NULL, *setting;

	if (fclose(j->gp) != 0)
		bad = 1;
	if (fclose(j->dat) != 0)
		bad = 1;
	j->gp = j->dat = NULL;
	if (bad) {
		diag("cannot write the chart's files in %s", j->dir);
		return EXIT_USAGE;
	}
	status = run_gnuplot(j->dir, set_output(j, &setting), &err);
	free(setting);
	if (status == 127) {
		j->keep = 1;
		diag("%s could not be run (is gnuplot installed? Debian: gnuplot-nox); "
		     "the script and data are in %s; draw the chart with: cd '%s' && gnuplot plot.gp",
		     gnuplot_program(), j->dir, j->dir);
		free(err);
		return EXIT_USAGE;
	}
	for (line = strtok_r(err, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		if (*line) {
			diag("gnuplot: %s", line);
			code = EXIT_DATA;
		}
	if (status != 0) {
		if (status < 0)
			diag("cannot run %s: %s", gnuplot_program(), strerror(errno));
		else
			diag("%s failed (status %d) on %s/plot.gp", gnuplot_program(), status, j->dir);
		code = status < 0 ? EXIT_USAGE : EXIT_DATA;
	}
	if (code != EXIT_OK && !j->keep) {
		j->keep = 1;
		diag("the script and data are kept in %s", j->dir);
	}
	if (code == EXIT_OK && rename(j->tmp_output, j->output) != 0) {
		diag("cannot write %s: %s", j->output, strerror(errno));
		code = EXIT_USAGE;
	}
	free(err);
	return code;
}

/* Control bytes (and DEL) as spaces. */
static int control(unsigned char ch)
{
	return ch < 0x20 || ch == 0x7f;
}

void plot_field(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int prev = ' ', any = 0;

	for (; *p; p++) {
		if (*p == '\\') {
			/* gnuplot reads \n in a tic label as a line break */
			fputs("\xe2\x88\x96", f);
			prev = '\\';
		} else if (*p == '"') {
			/* opening after a space or bracket, else closing */
			fputs(prev == ' ' || prev == '(' || prev == '[' ? "\xe2\x80\x9c" : "\xe2\x80\x9d", f);
			prev = '"';
		} else {
			prev = control(*p) ? ' ' : *p;
			fputc(prev, f);
		}
		any = 1;
	}
	if (!any)
		fputc('-', f);
}

void plot_gp_string(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('\'', f);
	for (; *p; p++) {
		if (*p == '\'')
			fputs("''", f);
		else
			fputc(control(*p) ? ' ' : *p, f);
	}
	fputc('\'', f);
}

void plot_titles(plot_job *j, const char *title, const char *xlabel, const char *ylabel)
{
	const char *const what[] = {"title", "xlabel", "ylabel"};
	const char *text[] = {title, xlabel, ylabel};
	size_t i;

	for (i = 0; i < 3; i++)
		if (text[i]) {
			fprintf(j->gp, "set %s ", what[i]);
			plot_gp_string(j->gp, text[i]);
			fputc('\n', j->gp);
		}
}

const char *plot_money(double v, char *buf, size_t size)
{
	char num[64];

	snprintf(buf, size, "$%s", fmt_amount(v, num, sizeof num));
	return buf;
}

int plot_wrap(const char *s, size_t width, char *line1, char *line2, size_t size)
{
	size_t len = strlen(s), cut = 0, i, rest;

	line2[0] = '\0';
	if (len <= width || width < 8) {
		snprintf(line1, size, "%s", s);
		return 1;
	}
	/* the last space that leaves the first line within width */
	for (i = 1; i <= width && i < len; i++)
		if (s[i] == ' ')
			cut = i;
	if (cut == 0)
		cut = width;
	snprintf(line1, size, "%.*s", (int)cut, s);
	while (s[cut] == ' ')
		cut++;
	rest = len - cut;
	if (rest <= width) {
		snprintf(line2, size, "%s", s + cut);
	} else {
		/* cut at a word boundary and never inside a UTF-8 sequence */
		size_t keep = width - 3;
		while (keep > 0 && s[cut + keep] != ' ' && keep > width / 2)
			keep--;
		while (keep > 0 && ((unsigned char)s[cut + keep] & 0xc0) == 0x80)
			keep--;
		snprintf(line2, size, "%.*s...", (int)keep, s + cut);
	}
	return 2;
}

const char *plot_pay_title(unit u, int year, char *buf, size_t size)
{
	const char *name = u == UNIT_HOURLY    ? "Hourly"
			   : u == UNIT_MONTHLY ? "Monthly"
			   : u == UNIT_WEEKLY  ? "Weekly"
					       : "Annual";
	if (year)
		snprintf(buf, size, "%s pay (%d dollars)", name, year);
	else
		snprintf(buf, size, "%s pay (nominal dollars)", name);
	return buf;
}

double plot_money_scale(unit u)
{
	return u == UNIT_HOURLY || u == UNIT_WEEKLY ? 1 : 1000;
}

const char *plot_money_format(unit u)
{
	return u == UNIT_HOURLY || u == UNIT_WEEKLY ? "'$%.0f'" : "'$%.0fk'";
}
