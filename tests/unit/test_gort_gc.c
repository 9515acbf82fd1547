// test_gort_gc.c: the language runtime's objects are scanned precisely —
// a map's entry array, a channel's buffer and a grown slice carry their
// element type's pointer mask, so a pointer in a pointer word keeps its
// object alive and a pointer-like integer in a scalar word does not.
//
// Garbage is built and hidden as gc_test_util.h explains.
#include <criterion/criterion.h>
#include <string.h>

#include "rt/go_rt.h"
#include "rt/rt.h"
#include "gc_test_util.h"

static void *root;                        // the one precise root: a pointer
static const uint8_t one_pointer[] = {1};

// *T and map/chan/slice types built by hand, as codegen would emit them.
static const go_type target_type = {.size = 16, .kind = GO_KIND_STRUCT, .flags = GO_TF_NOSCAN};
static const go_type ptr_type = {.size = 8, .kind = GO_KIND_PTR, .flags = GO_TF_COMPARABLE | GO_TF_DIRECT,
	.elem = &target_type, .gcmask = one_pointer};
static const go_type map_int_int = {.size = 8, .kind = GO_KIND_MAP, .key = &go_type_int, .elem = &go_type_int,
	.gcmask = one_pointer};
static const go_type map_int_ptr = {.size = 8, .kind = GO_KIND_MAP, .key = &go_type_int, .elem = &ptr_type,
	.gcmask = one_pointer};
// struct { n int; p *T }: word 1 is the pointer
static const uint8_t pair_mask[] = {2};
static const go_type pair_type = {.size = 16, .kind = GO_KIND_STRUCT, .gcmask = pair_mask};

static void setup(void)
{
	rt_init();
	rt_gc_roots_reset();
	root = NULL;
	mgo_gc_add_root(&root, sizeof root, one_pointer);
}

TestSuite(gort_gc, .init = setup);

static RT_NOINLINE void *new_target(void)
{
	return go_new_t(&target_type);
}

// map[int]int whose key and value are the addresses of objects a and b,
// and map[int]*T (key: a's address again) whose value points at c; both
// maps stay rooted.
static RT_NOINLINE void build_maps(uintptr_t *by_int, uintptr_t *by_ptr, uintptr_t *m2, uintptr_t *key)
{
	void *a = new_target(), *b = new_target(), *c = new_target();
	go_map *ints = go_map_make(&map_int_int, 0);
	int64_t k = (int64_t)(uintptr_t)a;
	*(int64_t *)go_map_assign(&map_int_int, ints, &k) = (int64_t)(uintptr_t)b;
	go_map *ptrs = go_map_make(&map_int_ptr, 0);
	*(void **)go_map_assign(&map_int_ptr, ptrs, &k) = c;
	void **holder = go_new_masked(2 * sizeof(void *), (const uint8_t[]){3}, 2);
	holder[0] = ints;
	holder[1] = ptrs;
	root = holder;
	*by_int = hide(b);
	*by_ptr = hide(c);
	*m2 = hide(ptrs);
	*key = hide(a);
}

Test(gort_gc, map_entries_scanned_by_their_types)
{
	// A stale copy of an address (a register spill, another runtime
	// thread's stack) can keep one object alive under a conservative scan
	// once, seen under load; an int scanned as a pointer keeps its object
	// alive on every attempt.
	bool int_freed = false, key_freed = false;
	for (int attempt = 0; attempt < 3 && !(int_freed && key_freed); attempt++) {
		uintptr_t by_int, by_ptr, m2, key;
		build_maps(&by_int, &by_ptr, &m2, &key);
		collect();
		cr_expect(alive(m2), "map[int]*T freed while rooted");
		cr_expect(alive(by_ptr), "a map value of pointer type did not keep its object");
		int_freed = int_freed || !alive(by_int);
		key_freed = key_freed || !alive(key);
	}
#ifndef __SANITIZE_ADDRESS__
	cr_expect(int_freed, "an int in a map[int]int kept an object alive");
	cr_expect(key_freed, "an int key of a map[int]*T kept an object alive");
#endif
}

static RT_NOINLINE void build_chans(uintptr_t *held, uintptr_t *fake)
{
	void *a = new_target(), *b = new_target();
	go_chan *ps = go_chan_make(&ptr_type, 2);
	go_chan_send(ps, &a);
	go_chan *is = go_chan_make(&go_type_int, 2);
	int64_t v = (int64_t)(uintptr_t)b;
	go_chan_send(is, &v);
	void **holder = go_new_masked(2 * sizeof(void *), (const uint8_t[]){3}, 2);
	holder[0] = ps;
	holder[1] = is;
	root = holder;
	*held = hide(a);
	*fake = hide(b);
}

Test(gort_gc, channel_buffers_scanned_by_the_element_type)
{
	uintptr_t held, fake;
	build_chans(&held, &fake);
	collect();
	cr_expect(alive(held), "a buffered *T did not keep its object");
	cr_expect_dead(fake, "an int in a chan int buffer kept an object alive");
}

static RT_NOINLINE void build_slice(uintptr_t *held, uintptr_t *fake)
{
	void *a = new_target(), *b = new_target();
	go_slice s = {0};
	for (int i = 0; i < 40; i++) {     // several growths
		if (s.len == s.cap)
			s = go_growslice(s, s.len + 1, &pair_type);
		int64_t *e = (int64_t *)s.ptr + 2 * s.len;
		e[0] = (int64_t)(uintptr_t)b;  // n: scalar
		e[1] = i == 39 ? (int64_t)(uintptr_t)a : 0;
		s.len++;
	}
	root = s.ptr;
	*held = hide(a);
	*fake = hide(b);
}

Test(gort_gc, grown_slices_scanned_by_the_element_type)
{
	uintptr_t held, fake;
	build_slice(&held, &fake);
	collect();
	cr_expect(alive(held), "a pointer field of a grown slice did not keep its object");
	cr_expect_dead(fake, "a scalar field of a grown slice kept an object alive");
}
