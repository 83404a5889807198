;redcode-94
;name Cheshire
;author Red Queen arena
;strategy CMP scanner. Compares two cells 571 apart, stepping 1143 (7 * 1143 = 8001, so the
;strategy pairs sweep the core in seven lanes); any pair that differs is stunned with SPL #0.
;strategy After 3911 looks, just short of seeing itself, it runs a DAT clear that never ends.
;assert CORESIZE == 8000

STEP    equ     1143
GAP     equ     571
LOOKS   equ     3911            ; the next look would land on our own code (counted offline)

        org     scan

cptr    dat     0, kill+1-cptr  ; the clear's pointer: starts just past our last line
ptr     dat     12, 12+GAP      ; the two cells to compare, relative to ptr
scan    add.f   leap, ptr
        sne.i   *ptr, @ptr      ; both the same (usually both empty)?
count   djn.b   scan, #LOOKS    ; then look further on, while looks are left
        jmz.b   clear, count    ; looks used up: nothing more to find
        mov.i   stun, *ptr      ; something is there: freeze whatever runs at either cell
        mov.i   stun, @ptr
        djn.b   scan, count     ; a hit uses a look too, so the count still keeps us off ourselves
; The DAT clear runs forward from past our end, round the core, and the first of our cells it
; meets is cptr itself. Writing kill over cptr sets its B field to kill's offset: the clear
; skips the rest of us and goes round again.
clear   mov.i   kill, >cptr
        jmp     clear
leap    dat     STEP, STEP
stun    spl     #0, 0
kill    dat     0, kill-cptr

        end
