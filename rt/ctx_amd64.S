// ctx_amd64.S: the goroutine context switch (rt/sched.h) for x86-64 SysV.
//
// A switch saves the callee-saved registers on the current stack, stores
// the stack pointer, loads the other one and pops its registers: no system
// call (swapcontext would make a sigprocmask one per switch). The
// caller-saved registers are dead across the call by the ABI.
#if defined(__x86_64__)
	.text

// void rt_ctx_switch(uintptr_t *save_sp, uintptr_t new_sp)
	.globl rt_ctx_switch
	.type rt_ctx_switch, @function
rt_ctx_switch:
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, (%rdi)
	movq %rsi, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.size rt_ctx_switch, .-rt_ctx_switch

// A new goroutine's first switch "returns" here with an aligned stack.
	.globl rt_ctx_trampoline
	.type rt_ctx_trampoline, @function
rt_ctx_trampoline:
	xorl %ebp, %ebp
	call rt_g_start
	ud2
	.size rt_ctx_trampoline, .-rt_ctx_trampoline

// void rt_stack_switch_call(void (*fn)(void *), void *arg, uintptr_t top,
//                           uintptr_t *save_sp)
// Calls fn(arg) on the stack below top (16-byte aligned), then comes back:
// a goroutine continuing on a new stack segment (rt/sched_stack.c). The
// stack pointer it leaves is stored first, for the collector's scan of
// the older segment.
	.globl rt_stack_switch_call
	.type rt_stack_switch_call, @function
rt_stack_switch_call:
	.cfi_startproc
	pushq %rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq %rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq %rsp, (%rcx)
	movq %rdx, %rsp
	movq %rdi, %rax
	movq %rsi, %rdi
	call *%rax
	movq %rbp, %rsp
	popq %rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.globl rt_stack_switch_call_end
rt_stack_switch_call_end:
	.size rt_stack_switch_call, .-rt_stack_switch_call
#endif
	.section .note.GNU-stack,"",@progbits
