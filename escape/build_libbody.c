// build_libbody.c: the inlined bodies of library members, as Go's -m=2
// explains them (plain -m, inlining on).
//
// Go inlines small library functions into the caller: their parameters
// become variables of the caller bound to the arguments,
//     flow: strings.s = s:
//       from strings.s, strings.sep := s, sep (assign-pair)
// and the body's own flows start from those variables:
//     flow: {heap} = strings.s:
//       from strings.genSplit(strings.s, strings.sep, int(0), int(-1)) (call parameter)
// mgo's library is C, so the shape of each body is data, measured from Go
// 1.19's -m=2 output for tests/escape/lib_probe_*.mgo: the edges Go's
// explanations walk, between the bound parameters, the body's allocations
// (LibFact.extra's sites, in order: $0, $1, ...) and the heap. Each edge is
// one line "SRC\tDST\tDEREFS\tNOTES": DEREFS a count, or "&WHY" for the
// address of a site flowing to DST (noted "SITE (WHY)"); NOTES the steps
// Go prints from SRC on, "TEXT (WHY)", '|'-separated. The decisions are
// those of the measured tags either way; only the paths are new.
#include "escape/build.h"
#include "frontend/library.h"

typedef struct LibBody {
	const char *goname;
	const char *params;   // Go's parameter names, receiver first, space-separated
	const char *edges;
} LibBody;

#define SPLIT(name, params, inner) \
	{name, params, "s\t{heap}\t0\tstrings.genSplit(strings.s, strings.sep, " inner ") (call parameter)"}
#define BUILDER_PANIC "(interface {})(string(\"strings: illegal use of non-zero Builder copied by value\"))"
#define BUILDER_SITE "$0\t{heap}\t&spill\tpanic(" BUILDER_PANIC ") (call parameter)\n"
#define BUILDER(name, params, arg) \
	{name, params, BUILDER_SITE "b\t{heap}\t1\tstrings.b.buf (dot of pointer)|" \
		"append(strings.b.buf, " arg ") (call parameter)|" \
		"strings.b.buf = append(strings.b.buf, " arg ") (assign)"}
#define SORT(name, conv, call) \
	{name, "x", "$0\t{heap}\t&spill\tsort." call "(" conv ") (call parameter)\n" \
		"x\t$0\t0\t" conv " (interface-converted)"}

#define NEWLIT(name, param, type, result, conv) \
	{name, param, "$0\t~R0\t&spill\t" conv "~R0 = " result " (assign-pair)\n" \
		param "\t$0\t0\t" type "{...} (struct literal element)"}

static const LibBody bodies[] = {
	// (the address of a literal whose -m line, measured with the result
	// discarded, says it does not escape: it is the result ~R0, and where
	// that goes decides)
	NEWLIT("errors.New", "text", "errors.errorString", "error(&errors.errorString{...})",
		"error(&errors.errorString{...}) (interface-converted)|"),
	NEWLIT("strings.NewReader", "s", "strings.Reader", "&strings.Reader{...}", ""),
	NEWLIT("bufio.NewScanner", "r", "bufio.Scanner", "&bufio.Scanner{...}", ""),
	NEWLIT("sort.Reverse", "data", "sort.reverse", "sort.Interface(&sort.reverse{...})",
		"sort.Interface(&sort.reverse{...}) (interface-converted)|"),
	// syntaxError inlined in turn: its str' and result ~R0' are its own.
	{"strconv.ParseBool", "str",
		"$0\t~R0'\t&spill\t~R0 = &strconv.NumError{...} (assign-pair)\n"
		"~R0'\t~R1\t0\terror(~R0) (interface-converted)|~R0, ~R1 = bool(false), error(~R0) (assign-pair)\n"
		"str\tstr'\t0\tstrconv.fn, strconv.str := string(\"ParseBool\"), strconv.str (assign-pair)\n"
		"str'\t$0\t0\tstrconv.NumError{...} (struct literal element)"},
	{"errors.Unwrap", "err",
		"err\tu\t0\terrors.err.(interface { Unwrap() error }) (dot)|"
		"errors.u, errors.ok := errors.err.(interface { Unwrap() error }) (assign-pair-dot-type)\n"
		"u\t{heap}\t0\terrors.u.Unwrap() (call parameter)"},
	{"bufio.(*Scanner).Text", "s", "$0\t~R0\t&spill\t~R0 = string(bufio.s.token) (assign-pair)"},
	// quoteWith inlined in turn: its result is ~R0'.
	{"strconv.Quote", "s",
		"$0\t~R0'\t&spill\t~R0 = string(strconv.appendQuotedWith(make([]byte, int(0), "
		"int(3) * len(strconv.s) / int(2)), strconv.s, strconv.quote, strconv.ASCIIonly, "
		"strconv.graphicOnly)) (assign-pair)\n"
		"$1\t{heap}\t&non-constant size\t\n"
		"~R0'\t~R0\t0\t~R0 = ~R0 (assign-pair)"},
	// NewReaderSize (rd', ~R0') and reset (r'') inlined in turn; r is the
	// new Reader.
	{"bufio.NewReader", "rd",
		"rd\trd'\t0\tbufio.rd, bufio.size := bufio.rd, int(4096) (assign-pair)\n"
		"rd'\tb\t0\tbufio.rd.(*bufio.Reader) (dot)|"
		"bufio.b, bufio.ok := bufio.rd.(*bufio.Reader) (assign-pair-dot-type)\n"
		"b\t~R0'\t0\t~R0 = bufio.b (assign-pair)\n"
		"$0\tr\t&spill\tbufio.r := new(bufio.Reader) (assign)\n"
		"r\t~R0'\t0\t~R0 = bufio.r (assign-pair)\n"
		"rd'\tr''\t0\tbufio.b, bufio.buf, bufio.r := bufio.r, make([]byte, bufio.size), bufio.rd "
		"(assign-pair)\n"
		"r''\t{heap}\t0\tbufio.Reader{...} (struct literal element)|*bufio.b = bufio.Reader{...} (assign)\n"
		"$1\t{heap}\t&non-constant size\t\n"
		"~R0'\t~R0\t0\t~R0 = ~R0 (assign-pair)"},
	// NewWriterSize inlined in turn: its parameters (w', size) and result
	// (~R0') are variables of their own.
	{"bufio.NewWriter", "w",
		"w\tw'\t0\tbufio.w, bufio.size := bufio.w, int(4096) (assign-pair)\n"
		"w'\tb\t0\tbufio.w.(*bufio.Writer) (dot)|"
		"bufio.b, bufio.ok := bufio.w.(*bufio.Writer) (assign-pair-dot-type)\n"
		"b\t~R0'\t0\t~R0 = bufio.b (assign-pair)\n"
		"$0\t~R0'\t&spill\t~R0 = &bufio.Writer{...} (assign-pair)\n"
		"w'\t$0\t0\tbufio.Writer{...} (struct literal element)\n"
		"$1\t$0\t&non-constant size\t\n"
		"~R0'\t~R0\t0\t~R0 = ~R0 (assign-pair)"},
	// NewReader's and NewWriter's bodies without their outer call: the
	// parameters are the caller's arguments directly.
	{"bufio.NewReaderSize", "rd size",
		"rd\tb\t0\tbufio.rd.(*bufio.Reader) (dot)|"
		"bufio.b, bufio.ok := bufio.rd.(*bufio.Reader) (assign-pair-dot-type)\n"
		"b\t~R0\t0\t~R0 = bufio.b (assign-pair)\n"
		"$0\tr\t&spill\tbufio.r := new(bufio.Reader) (assign)\n"
		"r\t~R0\t0\t~R0 = bufio.r (assign-pair)\n"
		"rd\tr''\t0\tbufio.b, bufio.buf, bufio.r := bufio.r, make([]byte, bufio.size), bufio.rd "
		"(assign-pair)\n"
		"r''\t{heap}\t0\tbufio.Reader{...} (struct literal element)|*bufio.b = bufio.Reader{...} (assign)\n"
		"$1\t{heap}\t&non-constant size\t"},
	{"bufio.NewWriterSize", "w size",
		"w\tb\t0\tbufio.w.(*bufio.Writer) (dot)|"
		"bufio.b, bufio.ok := bufio.w.(*bufio.Writer) (assign-pair-dot-type)\n"
		"b\t~R0\t0\t~R0 = bufio.b (assign-pair)\n"
		"$0\t~R0\t&spill\t~R0 = &bufio.Writer{...} (assign-pair)\n"
		"w\t$0\t0\tbufio.Writer{...} (struct literal element)\n"
		"$1\t$0\t&non-constant size\t"},
	SPLIT("strings.Split", "s sep", "int(0), int(-1)"),
	SPLIT("strings.SplitN", "s sep n", "int(0), strings.n"),
	SPLIT("strings.SplitAfter", "s sep", "len(strings.sep), int(-1)"),
	SPLIT("strings.SplitAfterN", "s sep n", "len(strings.sep), strings.n"),
	BUILDER("strings.(*Builder).Write", "b p", "strings.p..."),
	BUILDER("strings.(*Builder).WriteByte", "b c", "strings.c"),
	BUILDER("strings.(*Builder).WriteString", "b s", "strings.s..."),
	{"strings.(*Builder).Grow", "b n", BUILDER_SITE
		"$1\t{heap}\t&spill\tpanic((interface {})(string(\"strings.Builder.Grow: negative count\"))) (call parameter)\n"
		"$2\t{heap}\t&non-constant size\t"},   // (for its size, after the body: esc_sized_site)
	{"bufio.(*Scanner).Buffer", "s buf max",
		"$0\t{heap}\t&spill\tpanic((interface {})(string(\"Buffer called after Scan\"))) (call parameter)\n"
		"buf\t{heap}\t0\tbufio.buf[int(0):cap(bufio.buf)] (slice)|"
		"bufio.s.buf = bufio.buf[int(0):cap(bufio.buf)] (assign)"},
	{"bufio.(*Scanner).Split", "s split",
		"$0\t{heap}\t&spill\tpanic((interface {})(string(\"Split called after Scan\"))) (call parameter)\n"
		"split\t{heap}\t0\tbufio.s.split = bufio.split (assign)"},
	{"time.Parse", "layout value",
		"layout\t{heap}\t0\ttime.parse(time.layout, time.value, time.UTC, time.Local) (call parameter)\n"
		"value\t{heap}\t0\ttime.parse(time.layout, time.value, time.UTC, time.Local) (call parameter)"},
	// setLoc inlined in turn: its loc' is a variable of its own.
	{"time.Time.In", "t loc",
		"$0\t{heap}\t&spill\tpanic((interface {})(string(\"time: missing Location in call to Time.In\"))) "
		"(call parameter)\n"
		"loc\tloc'\t0\ttime.t, time.loc := &time.t, time.loc (assign-pair)\n"
		"loc'\t{heap}\t0\ttime.t.loc = time.loc (assign)\n"
		"t\t~R0\t0\t~R0 = time.t (assign-pair)"},
	{"time.FixedZone", "name offset",
		"$0\tl\t&spill\ttime.l := &time.Location{...} (assign)\n"
		"l\t{heap}\t1\ttime.l.zone (dot of pointer)|time.l.zone[int(0)] (dot of pointer)|"
		"&time.l.zone[int(0)] (address-of)|time.l.cacheZone = &time.l.zone[int(0)] (assign)\n"
		"name\t$0\t0\ttime.Location{...} (struct literal element)\n"
		"$1\t$0\t&spill\ttime.Location{...} (struct literal element)\n"
		"$2\t$0\t&spill\ttime.Location{...} (struct literal element)\n"
		"name\t$1\t0\ttime.zone{...} (struct literal element)|[]time.zone{...} (slice-literal-element)\n"
		"l\t~R0\t0\t~R0 = time.l (assign-pair)"},
	// Only the concatenation is the result; the buffer and its string
	// stay in the body.
	{"time.Month.String", "m",
		"$1\t~R0\t&spill\t~R0 = string(\"%!Month(\") + string(time.buf[time.n:]) + string(\")\") (assign-pair)"},
	{"time.Weekday.String", "d",
		"$1\t~R0\t&spill\t~R0 = string(\"%!Weekday(\") + string(time.buf[time.n:]) + string(\")\") "
		"(assign-pair)"},
	{"fs.(*PathError).Error", "e",
		"$0\t~R0\t&spill\t~R0 = fs.e.Op + string(\" \") + fs.e.Path + string(\": \") + fs.e.Err.Error() "
		"(assign-pair)\n"
		"e\t{heap}\t1\tfs.e.Err (dot of pointer)|fs.e.Err.Error() (call parameter)"},
	{"os.Open", "name", "name\t{heap}\t0\tos.OpenFile(os.name, int(0), fs.FileMode(0)) (call parameter)"},
	{"os.Create", "name",
		"name\t{heap}\t0\tos.OpenFile(os.name, int(578), fs.FileMode(438)) (call parameter)"},
	{"os.Unsetenv", "key", "key\t{heap}\t0\tsyscall.Unsetenv(os.key) (call parameter)"},
	{"os.(*File).Close", "f",
		"f\t{heap}\t1\tos.f.file (dot of pointer)|(*os.file).close(os.f.file) (call parameter)"},
	{"log.SetPrefix", "prefix",
		"prefix\t{heap}\t0\t(*log.Logger).SetPrefix(log.std, log.prefix) (call parameter)"},
	SORT("sort.Ints", "sort.Interface(sort.IntSlice(sort.x))", "Sort"),
	SORT("sort.Strings", "sort.Interface(sort.StringSlice(sort.x))", "Sort"),
	SORT("sort.Float64s", "sort.Interface(sort.Float64Slice(sort.x))", "Sort"),
	SORT("sort.IntsAreSorted", "sort.Interface(sort.IntSlice(sort.x))", "IsSorted"),
	SORT("sort.StringsAreSorted", "sort.Interface(sort.StringSlice(sort.x))", "IsSorted"),
	SORT("sort.Float64sAreSorted", "sort.Interface(sort.Float64Slice(sort.x))", "IsSorted"),
	SORT("sort.IntSlice.Sort", "sort.Interface(sort.x)", "Sort"),
	SORT("sort.StringSlice.Sort", "sort.Interface(sort.x)", "Sort"),
	SORT("sort.Float64Slice.Sort", "sort.Interface(sort.x)", "Sort"),
};

enum { MAX_PARAMS = 4, MAX_SITES = 4, MAX_LOCALS = 8, MAX_RESULTS = 2 };

static const LibBody *body_of(EscState *s, Node *call)
{
	if (!s->opts->inlined || call->kind != ND_CALL || call->u.call.builtin != BI_LIB ||
	    !call->u.call.inl_callee || !call->u.call.callee || !call->u.call.callee->lib ||
	    call->u.call.spread)
		return NULL;
	const LibFunc *lf = call->u.call.callee->lib;
	for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++)
		if (strcmp(bodies[i].goname, lf->goname) == 0)
			return &bodies[i];
	return NULL;
}

// The sites of the body (LibFact.extra's lines), or -1 when a line is not
// about an allocation (a self-assignment's).
static int sites_of(const LibFunc *lf, const char *texts[MAX_SITES])
{
	static const char *const sfx[] = {" escapes to heap", " does not escape"};
	int n = 0;
	for (const char *e = lf->fact ? lf->fact->extra : ""; *e;) {
		const char *bar = strchr(e, '|');
		size_t len = bar ? (size_t)(bar - e) : strlen(e), sl = 0;
		for (int i = 0; i < 2 && !sl; i++)
			if (len > strlen(sfx[i]) && memcmp(e + len - strlen(sfx[i]), sfx[i], strlen(sfx[i])) == 0)
				sl = strlen(sfx[i]);
		if (n == MAX_SITES || !sl)
			return -1;
		texts[n++] = arena_strndup(&ast_arena, e, len - sl);
		e += len + (bar != NULL);
	}
	return n;
}

static int nparams(const LibBody *lb, const char *names[MAX_PARAMS])
{
	int n = 0;
	for (const char *p = lb->params; *p && n < MAX_PARAMS;) {
		const char *sp = strchr(p, ' ');
		size_t len = sp ? (size_t)(sp - p) : strlen(p);
		names[n++] = arena_strndup(&ast_arena, p, len);
		p += len + (sp != NULL);
	}
	return n;
}

bool esc_libbody_inlined(EscState *s, Node *call)
{
	const LibBody *lb = body_of(s, call);
	if (!lb)
		return false;
	const char *names[MAX_PARAMS], *texts[MAX_SITES];
	const LibFunc *lf = call->u.call.callee->lib;
	Type *ft = call->u.call.ftype;
	NodeList *a = &call->u.call.args;
	int recv = lf->recv != NULL;
	bool tuple = a->len == 1 && a->items[0]->type && a->items[0]->type->kind == TY_TUPLE;
	return ft && !ft->variadic && !tuple && sites_of(lf, texts) >= 0 &&
		nparams(lb, names) == recv + a->len && a->len == ft->fields.len &&
		(!recv || ast_unparen(call->u.call.fn)->kind == ND_SELECTOR);
}

static Node *text_node(Pos pos, const char *text, size_t len)
{
	return esc_text_node(pos, arena_strndup(&ast_arena, text, len));
}

typedef struct Body {
	EscState *s;
	Node *call;
	const char *pkg;
	const char *names[MAX_PARAMS];
	EscLoc *params[MAX_PARAMS];
	int np;
	Node *sites[MAX_SITES];
	EscLoc *site_locs[MAX_SITES];
	int nsites;
	EscLoc *results[MAX_RESULTS];   // ~R0, ~R1: the body's results, once an edge names them
	const char *local_names[MAX_LOCALS];
	EscLoc *locals[MAX_LOCALS];
	int nlocals;
} Body;

static EscLoc *new_var(Body *bd, const char *name, Type *t)
{
	EscState *s = bd->s;
	Sym *v = arena_zalloc(&s->arena, sizeof *v);
	v->kind = SYM_VAR;
	v->id = -1;
	v->name = arena_sprintf(&ast_arena, "%s.%s", bd->pkg, name);
	v->pos = bd->call->pos;
	v->type = t;
	if (t)
		type_complete(t);
	return esc_new_loc(s->b, s->curfn, NULL, v, false, s->loop_depth);
}

// The location a name of the edges stands for: a parameter or a site.
static EscLoc *loc_named(Body *bd, const char *name, size_t len)
{
	if (len == 6 && memcmp(name, "{heap}", 6) == 0)
		return &bd->s->b->heap;
	if (len == 3 && memcmp(name, "~R", 2) == 0 && name[2] >= '0' && name[2] < '0' + MAX_RESULTS) {
		Type *ft = bd->call->u.call.ftype;
		int r = name[2] - '0';
		if (!bd->results[r] && ft && r < ft->results.len) {
			bd->results[r] = new_var(bd, "", ft->results.items[r].type);
			bd->results[r]->var->name = arena_strndup(&ast_arena, name, 3);
		}
		return bd->results[r];
	}
	if (name[0] == '$') {
		int k = name[1] - '0';
		return k >= 0 && k < bd->nsites ? bd->site_locs[k] : NULL;
	}
	for (int i = 0; i < bd->np; i++)
		if (strlen(bd->names[i]) == len && memcmp(bd->names[i], name, len) == 0)
			return bd->params[i];
	// A variable of the body (a nested inlined call's parameters and
	// result: "w'" and "~R0'" print as bufio.w and ~R0), made when first
	// named; its type is its value's, unknown: a pointer.
	for (int i = 0; i < bd->nlocals; i++)
		if (strlen(bd->local_names[i]) == len && memcmp(bd->local_names[i], name, len) == 0)
			return bd->locals[i];
	if (bd->nlocals == MAX_LOCALS)
		return NULL;
	size_t pl = len;
	while (pl && name[pl - 1] == '\'')
		pl--;
	EscLoc *l = new_var(bd, arena_strndup(&ast_arena, name, pl), type_pointer(type_int));
	if (name[0] == '~')
		l->var->name = arena_strndup(&ast_arena, name, pl);
	bd->local_names[bd->nlocals] = arena_strndup(&ast_arena, name, len);
	return bd->locals[bd->nlocals++] = l;
}

// The hole of an edge's destination with its notes, last step first (the
// walk prints them from the source on).
static EscHole noted(Body *bd, EscHole k, const char *notes, size_t len)
{
	EscBatch *b = bd->s->b;
	if (!len)
		return k;
	const char *bar = memchr(notes, '|', len);
	size_t first = bar ? (size_t)(bar - notes) : len;
	if (bar)
		k = noted(bd, k, bar + 1, len - first - 1);
	// "TEXT (WHY)": the why is the last parenthesised word(s)
	const char *open = NULL;
	for (const char *p = notes; p + 1 < notes + first; p++)
		if (p[0] == ' ' && p[1] == '(')
			open = p;
	if (!open || !b->keep_notes)
		return k;
	Node *where = text_node(bd->call->pos, notes, (size_t)(open - notes));
	const char *why = arena_strndup(&ast_arena, open + 2, (size_t)(notes + first - open - 3));
	return esc_note(b, k, where, why);
}

static void edge(Body *bd, const char *line, size_t len)
{
	EscBatch *b = bd->s->b;
	const char *f[4];
	size_t fl[4];
	int n = 0;
	for (const char *p = line; n < 4;) {
		const char *tab = n < 3 ? memchr(p, '\t', (size_t)(line + len - p)) : NULL;
		f[n] = p;
		fl[n] = tab ? (size_t)(tab - p) : (size_t)(line + len - p);
		n++;
		if (!tab)
			break;
		p = tab + 1;
	}
	if (n < 4)
		return;
	EscLoc *src = loc_named(bd, f[0], fl[0]), *dst = loc_named(bd, f[1], fl[1]);
	if (!src || !dst)
		return;
	EscHole k = noted(bd, esc_hole(dst), f[3], fl[3]);
	if (f[2][0] == '&') {
		int site = f[0][1] - '0';
		const char *why = arena_strndup(&ast_arena, f[2] + 1, fl[2] - 1);
		if (strcmp(why, "non-constant size") == 0)
			src->heap_reason = "non-constant size";
		else
			esc_flow(b, esc_addr(b, k, bd->sites[site], why), src);
	} else {
		esc_flow(b, esc_shift(k, f[2][0] - '0'), src);
	}
}

// Inlining errors.Unwrap makes Go write the descriptor of its
// interface { Unwrap() error }, and analyse that method's wrapper (an
// interface call) after the package's functions.
static bool unwrap_inlined;

void esc_libbody_wrappers(int m_level)
{
	bool used = unwrap_inlined;
	unwrap_inlined = false;
	if (!used || m_level < 2)
		return;
	Type *sig = type_new(TY_FUNC);
	vec_push(&ast_arena, &sig->results, ((Field){.type = type_error}));
	Type *it = type_new(TY_INTERFACE);
	vec_push(&ast_arena, &it->methods, ((Method){.name = "Unwrap", .sig = sig}));
	esc_wrapper_flows(it, "Unwrap", NULL, sig);
}

void esc_libbody_call(EscState *s, EscHole *ks, int nks, Node *call)
{
	EscBatch *b = s->b;
	const LibBody *lb = body_of(s, call);
	const LibFunc *lf = call->u.call.callee->lib;
	Type *ft = call->u.call.ftype;
	NodeList *args = &call->u.call.args;
	// (the package Go names the variables after: its name's, fs for os.PathError)
	Body bd = {.s = s, .call = call,
		.pkg = arena_strndup(&ast_arena, lb->goname, strcspn(lb->goname, "."))};
	bd.np = nparams(lb, bd.names);
	int recv = lf->recv != NULL;
	Node *sel = recv ? ast_unparen(call->u.call.fn) : NULL;
	if (strcmp(lb->goname, "errors.Unwrap") == 0)
		unwrap_inlined = true;

	// PKG.p, PKG.q := ARGS (assign-pair): Go's binding of the parameters.
	Node *as = esc_binding_node(b, call->pos);
	for (int i = 0; i < bd.np; i++) {
		Node *arg = recv && i == 0 ? sel->u.sel.x : args->items[i - recv];
		Type *t = recv && i == 0 ? arg->type : ft->fields.items[i - recv].type;
		if (recv && i == 0 && sel->u.sel.implicit_addr && t)
			t = type_pointer(t);
		bd.params[i] = new_var(&bd, bd.names[i], t);
		if (as) {
			vec_push(&ast_arena, &as->u.assign.lhs, esc_ident_node(bd.params[i]->var, call->pos));
			vec_push(&ast_arena, &as->u.assign.rhs, arg);
		}
	}
	for (int i = 0; i < bd.np; i++) {
		EscHole k = esc_note(b, esc_hole(bd.params[i]), as, "assign-pair");
		if (!esc_type_has_ptrs(bd.params[i]->var->type))
			k.dst = &b->blank;
		if (recv && i == 0)
			esc_selector_base(s, k, sel);
		else
			esc_expr(s, k, args->items[i - recv]);
	}
	// The body's allocations, then its flows.
	const char *texts[MAX_SITES];
	bd.nsites = sites_of(lf, texts);
	for (int i = 0; i < bd.nsites; i++) {
		bd.sites[i] = text_node(call->pos, texts[i], strlen(texts[i]));
		bd.site_locs[i] = esc_sized_site(s, bd.sites[i]).dst;
		bd.site_locs[i]->heap_reason = NULL;
	}
	for (const char *e = lb->edges; *e;) {
		const char *nl = strchr(e, '\n');
		size_t len = nl ? (size_t)(nl - e) : strlen(e);
		edge(&bd, e, len);
		e += len + (nl != NULL);
	}
	for (int r = 0; r < MAX_RESULTS && r < nks; r++)   // the caller reads ~R0, ~R1
		if (bd.results[r])
			esc_flow(b, ks[r], bd.results[r]);
}
