// sizeclasses.c: Go 1.19's size-class table and the O(1) size -> class maps.
//
// The two arrays below are the table of RUNTIME.md §2, checked in; the test
// tests/unit/test_rt_sizeclass.c re-derives them from Go's generation rules
// and compares. Worst-case waste per span (a request one byte above the
// previous class, plus the span tail): 87.5% for 1 B in class 1, 43.75% for
// 9 B in class 2, 31.5% for 33 B in class 5, at most 16.7% for every class
// from 128 B up; the tail alone is at most 6.25% (class 36: 512 of 8192 B).
// Every other table is derived at start-up by rt_sizeclass_init, so none of
// them can drift from these two.
#include "rt/rt.h"

const uint16_t rt_class_to_size[RT_NUM_SIZE_CLASSES] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
	224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704,
	768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
	3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
	10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
	24576, 27264, 28672, 32768,
};

const uint8_t rt_class_to_npages[RT_NUM_SIZE_CLASSES] = {
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
	4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

uint32_t rt_class_to_divmagic[RT_NUM_SIZE_CLASSES];
uint16_t rt_class_to_nelems[RT_NUM_SIZE_CLASSES];
uint8_t rt_size_to_class8[RT_SMALL_SIZE_MAX8 / 8 + 1];
uint8_t rt_size_to_class128[(RT_MAX_SMALL_SIZE - RT_SMALL_SIZE_MAX8) / 128 + 1];
uint8_t rt_malloc_class8[RT_SMALL_SIZE_MAX8 / 8 + 1];

// smallest_class returns the first class whose objects hold size bytes.
static unsigned smallest_class(size_t size)
{
	unsigned c = 1;
	while (rt_class_to_size[c] < size)
		c++;
	return c;
}

// rt_sizeclass_init fills the derived tables; called once from rt_init
// before any allocation can look at them.
void rt_sizeclass_init(void)
{
	for (unsigned c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uint32_t size = rt_class_to_size[c];
		rt_class_to_divmagic[c] = (uint32_t)(0xFFFFFFFFu / size + 1);
		rt_class_to_nelems[c] = (uint16_t)(rt_class_to_npages[c] * RT_PAGE_SIZE / size);
	}
	// Bucket i covers sizes up to i*8 (resp. 1024 + i*128): pick the class
	// of the bucket's upper edge, so every size in the bucket fits.
	for (size_t i = 0; i < sizeof rt_size_to_class8; i++)
		rt_size_to_class8[i] = (uint8_t)(i == 0 ? 0 : smallest_class(i * 8));
	for (size_t i = 0; i < sizeof rt_size_to_class128; i++)
		rt_size_to_class128[i] = (uint8_t)smallest_class(RT_SMALL_SIZE_MAX8 + i * 128);
	for (size_t i = 0; i < sizeof rt_malloc_class8; i++) {
		unsigned c = i == 0 ? 1 : rt_size_to_class8[i];
		if (c == 3) // 24-byte objects are only 8-aligned (§2 [mgo])
			c = 4;
		rt_malloc_class8[i] = (uint8_t)RT_MANUAL_CLASS(c);
	}
}
