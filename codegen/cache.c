// cache.c: the build cache of mgoc build / mgoc run, as `go build` keeps one.
//
// A compiled program is stored under the SHA-256 of everything that
// decides its bytes: the generated C, the C compiler's command line (flags,
// $CC, $MGO_CFLAGS; not the file names), the compiler's identity (its
// resolved binary's device, inode, size and modification time: an upgrade
// replaces it) and the runtime (libmgo.a's and go_rt.h's contents,
// libbacktrace.a's identity). A hit copies the stored binary out and runs
// no C compiler; that is what saves the time, C compilation being most of
// a build. A second key, of the .mgo source, mgoc's own binary, the flags
// and the same toolchain, names the same binary (a hard link): a build of
// an unchanged source then skips mgoc's front end as well (what keeps a
// cached `mgoc run` of 10,000 lines far under a tenth of a compiled one).
//
// Layout: DIR/XX/KEY (XX: the key's first two digits), DIR being $MGOCACHE,
// else $XDG_CACHE_HOME/mgo, else ~/.cache/mgo; MGOCACHE=off turns it off.
// Concurrent builds are safe: each compiles to its own temporary name in
// the entry's directory and renames it into place (rename is atomic; two
// builds of one key store identical bytes). Entries are touched on use;
// once an hour, a build removes those unused for 5 days, temporaries left by
// killed builds, and the oldest entries beyond 1 GiB in all (the scan is a
// stat per entry, about a thousand at the cap).
#define CG_INTERNAL
#include "cgen.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define TRIM_EVERY   3600   // hourly: a day of test runs once filled 17 GB
#define UNUSED_FOR   (5 * 24 * 3600)
#define TMP_STALE    3600
#define MAX_BYTES    ((off_t)1 << 30)

static bool cache_dir(char *dir, size_t n)
{
	const char *env = getenv("MGOCACHE");
	if (env && strcmp(env, "off") == 0)
		return false;
	if (env && *env) {
		snprintf(dir, n, "%s", env);
	} else if (getenv("XDG_CACHE_HOME") && getenv("XDG_CACHE_HOME")[0] == '/') {
		snprintf(dir, n, "%s/mgo", getenv("XDG_CACHE_HOME"));
	} else if (getenv("HOME") && *getenv("HOME")) {
		snprintf(dir, n, "%s/.cache/mgo", getenv("HOME"));
	} else {
		return false;
	}
	return true;
}

// mkdir -p
static bool make_dirs(const char *path)
{
	char p[PATH_MAX + 128];
	snprintf(p, sizeof p, "%s", path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = 0;
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			return false;
		*s = '/';
	}
	return mkdir(p, 0777) == 0 || errno == EEXIST;
}

static bool hash_file(CgSha256 *h, const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return false;
	char buf[1 << 16];
	ssize_t n;
	while ((n = read(fd, buf, sizeof buf)) > 0)
		cg_sha256_add(h, buf, (size_t)n);
	close(fd);
	return n == 0;
}

static void hash_identity(CgSha256 *h, const char *path)
{
	struct stat st;
	char line[PATH_MAX + 128];
	if (stat(path, &st) != 0)
		memset(&st, 0, sizeof st);
	int n = snprintf(line, sizeof line, "%s %llu %llu %lld %lld.%09ld\n", path,
		(unsigned long long)st.st_dev, (unsigned long long)st.st_ino, (long long)st.st_size,
		(long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	cg_sha256_add(h, line, (size_t)n);
}

// The compiler binary execvp would run.
static void resolve_cc(const char *cc, char *out, size_t n)
{
	if (strchr(cc, '/')) {
		snprintf(out, n, "%s", cc);
		return;
	}
	const char *path = getenv("PATH");
	for (const char *p = path ? path : "/usr/bin:/bin"; *p;) {
		size_t len = strcspn(p, ":");
		snprintf(out, n, "%.*s/%s", (int)len, p, cc);
		if (access(out, X_OK) == 0)
			return;
		p += len;
		if (*p)
			p++;
	}
	snprintf(out, n, "%s", cc);
}

// What turns C into the program: the compiler's command line (file names
// left out), its identity and the runtime.
static bool hash_toolchain(CgSha256 *h, CgCc *c)
{
	for (int i = 0; i < c->argc; i++) {
		const char *a = i == c->out_arg || i == c->c_arg ? "-" : c->argv[i];
		cg_sha256_add(h, a, strlen(a) + 1);
	}
	char cc[PATH_MAX];
	resolve_cc(c->argv[0], cc, sizeof cc);
	hash_identity(h, cc);
	hash_identity(h, c->btlib);
	cg_sha256_add(h, "\nlibmgo\n", 8);
	if (!hash_file(h, c->lib))
		return false;
	cg_sha256_add(h, "\ngo_rt.h\n", 9);
	return hash_file(h, c->hdr);
}

static bool cache_key(CgCc *c, char key[65])
{
	CgSha256 h;
	cg_sha256_init(&h);
	cg_sha256_add(&h, "mgo build cache 1\n", 18);
	if (!hash_toolchain(&h, c))
		return false;
	cg_sha256_add(&h, "\nC\n", 3);
	if (!hash_file(&h, c->argv[c->c_arg]))
		return false;
	cg_sha256_hex(&h, key);
	return true;
}

// Copies src to dst through a temporary name and a rename, so a binary
// being run under the name dst is replaced, not rewritten.
static bool copy_out(const char *src, const char *dst)
{
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof tmp, "%s.mgotmp%ld", dst, (long)getpid());
	int in = open(src, O_RDONLY);
	if (in < 0)
		return false;
	int out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0777);
	if (out < 0) {
		close(in);
		return false;
	}
	char buf[1 << 16];
	ssize_t n;
	bool ok = true;
	while (ok && (n = read(in, buf, sizeof buf)) != 0) {
		if (n < 0) {
			ok = false;
			break;
		}
		for (ssize_t w = 0; ok && w < n;) {
			ssize_t k = write(out, buf + w, (size_t)(n - w));
			if (k <= 0)
				ok = false;
			else
				w += k;
		}
	}
	close(in);
	if (close(out) != 0)
		ok = false;
	if (ok && rename(tmp, dst) != 0)
		ok = false;
	if (!ok)
		unlink(tmp);
	return ok;
}

typedef struct Entry {
	char path[PATH_MAX + 520];
	time_t used;
	off_t size;
} Entry;

static int by_use(const void *a, const void *b)
{
	const Entry *x = a, *y = b;
	return (x->used > y->used) - (x->used < y->used);
}

// Once an hour (DIR/trim.txt's age says when it last ran).
static void trim(const char *dir)
{
	char stamp[PATH_MAX + 16];
	snprintf(stamp, sizeof stamp, "%s/trim.txt", dir);
	struct stat st;
	time_t now = time(NULL);
	if (stat(stamp, &st) == 0 && now - st.st_mtime < TRIM_EVERY)
		return;
	int fd = open(stamp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (fd >= 0) {
		char line[32];
		int n = snprintf(line, sizeof line, "%lld\n", (long long)now);
		if (write(fd, line, (size_t)n) < 0)
			n = 0;
		close(fd);
	}
	Entry *kept = NULL;
	size_t nkept = 0, cap = 0;
	off_t total = 0;
	DIR *top = opendir(dir);
	for (struct dirent *d; top && (d = readdir(top));) {
		if (strlen(d->d_name) != 2 || d->d_name[0] == '.')
			continue;
		char sub[PATH_MAX + 260];
		snprintf(sub, sizeof sub, "%s/%s", dir, d->d_name);
		DIR *in = opendir(sub);
		for (struct dirent *e; in && (e = readdir(in));) {
			if (e->d_name[0] == '.')
				continue;
			Entry en;
			snprintf(en.path, sizeof en.path, "%s/%s", sub, e->d_name);
			if (stat(en.path, &st) != 0)
				continue;
			bool tmp = strchr(e->d_name, '.') != NULL;
			if ((tmp && now - st.st_mtime > TMP_STALE) || (!tmp && now - st.st_mtime > UNUSED_FOR)) {
				unlink(en.path);
				continue;
			}
			if (tmp)
				continue;
			en.used = st.st_mtime;
			en.size = st.st_size;
			total += st.st_size;
			if (nkept == cap) {
				cap = cap ? 2 * cap : 64;
				kept = xrealloc(kept, cap * sizeof *kept);
			}
			kept[nkept++] = en;
		}
		if (in)
			closedir(in);
	}
	if (top)
		closedir(top);
	qsort(kept, nkept, sizeof *kept, by_use);
	for (size_t i = 0; i < nkept && total > MAX_BYTES; i++) {
		unlink(kept[i].path);
		total -= kept[i].size;
	}
	free(kept);
}

static void entry_path(const char *dir, const char *key, char *sub, size_t nsub, char *entry,
		       size_t nentry)
{
	snprintf(sub, nsub, "%s/%.2s", dir, key);
	snprintf(entry, nentry, "%s/%.2s/%s", dir, key, key);
}

static bool hit(const char *entry, const char *out_path, bool verbose)
{
	if (access(entry, X_OK) != 0 || !copy_out(entry, out_path))
		return false;
	utimensat(AT_FDCWD, entry, NULL, 0);   // used now: trimmed last
	if (verbose)
		fprintf(stderr, "# cache hit %s\n", entry);
	return true;
}

bool cg_cache_source_hit(const char *src_path, const char *src, size_t len, const char *flags,
			 const char *out_path, bool debug, bool verbose, char key[65])
{
	key[0] = 0;
	char dir[PATH_MAX], abs[PATH_MAX], self[PATH_MAX];
	CgCc c;
	if (!cache_dir(dir, sizeof dir) || !realpath(src_path, abs))
		return false;
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0 || !cg_cc_prepare(&c, "-", "-", NULL, debug))
		return false;
	self[n] = 0;
	CgSha256 h;
	cg_sha256_init(&h);
	cg_sha256_add(&h, "mgo source cache 1\n", 19);
	bool ok = hash_toolchain(&h, &c);
	cg_cc_free(&c);
	if (!ok)
		return false;
	hash_identity(&h, self);                  // the compiler that makes the C
	cg_sha256_add(&h, flags, strlen(flags) + 1);
	cg_sha256_add(&h, abs, strlen(abs) + 1);  // #line names it
	cg_sha256_add(&h, src, len);
	cg_sha256_hex(&h, key);
	char sub[PATH_MAX + 8], entry[PATH_MAX + 80];
	entry_path(dir, key, sub, sizeof sub, entry, sizeof entry);
	return hit(entry, out_path, verbose);
}

int cg_build(const char *c_path, const char *out_path, bool debug, bool verbose,
	     const char *source_key)
{
	CgCc c;
	if (!cg_cc_prepare(&c, c_path, out_path, NULL, debug))
		return 1;
	char dir[PATH_MAX], key[65], sub[PATH_MAX + 8], entry[PATH_MAX + 80], tmp[PATH_MAX + 112];
	int status;
	if (!cache_dir(dir, sizeof dir) || !cache_key(&c, key)) {
		status = cg_cc_run(&c, verbose);
		cg_cc_free(&c);
		return status;
	}
	entry_path(dir, key, sub, sizeof sub, entry, sizeof entry);
	bool have = hit(entry, out_path, verbose);
	if (!have && !make_dirs(sub)) {
		status = cg_cc_run(&c, verbose);   // an unwritable cache builds uncached
		cg_cc_free(&c);
		return status;
	}
	if (!have) {
		snprintf(tmp, sizeof tmp, "%s.%ld.tmp", entry, (long)getpid());
		c.argv[c.out_arg] = tmp;
		status = cg_cc_run(&c, verbose);
		if (status != 0) {
			unlink(tmp);
			cg_cc_free(&c);
			return status;
		}
		if (rename(tmp, entry) != 0 || !copy_out(entry, out_path)) {
			unlink(tmp);
			fprintf(stderr, "mgoc: cannot write %s: %s\n", out_path, strerror(errno));
			cg_cc_free(&c);
			return 1;
		}
	}
	cg_cc_free(&c);
	// The same binary under the source's key: the next build of this
	// source skips the front end too. Linked through a temporary name, so
	// the entry appears whole.
	if (source_key && *source_key) {
		char ssub[PATH_MAX + 8], sentry[PATH_MAX + 80], stmp[PATH_MAX + 112];
		entry_path(dir, source_key, ssub, sizeof ssub, sentry, sizeof sentry);
		snprintf(stmp, sizeof stmp, "%s.%ld.tmp", sentry, (long)getpid());
		if (make_dirs(ssub) && link(entry, stmp) == 0) {
			// When a concurrent build already linked the same file there,
			// rename succeeds without removing stmp: unlink it either way.
			(void)rename(stmp, sentry);
			unlink(stmp);
		}
	}
	trim(dir);
	return 0;
}
