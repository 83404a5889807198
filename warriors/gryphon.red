;redcode-94
;name Gryphon
;author Red Queen arena
;strategy One-shot at 0.8c. A CMP scan looks at two cells 1522 apart and steps 3044 (the loop
;strategy is unrolled once, so four cells cost five cycles) until a pair differs, then turns
;strategy for good into a two-pass clear that starts right there: a lap of SPL #0 to freeze
;strategy everything, then DAT laps to kill it. Six MOVs per JMP make the clear fast.
;assert CORESIZE == 8000

STEP    equ     3044            ; the pair moves on this far each look (tuned on validation sets)
GAP     equ     1522            ; the two cells of a pair, about half a step apart
FIRST   equ     10              ; first A look; B looks GAP further on

        org     scan

; A field: which bomb to throw (relative to cptr). B field: the next cell to hit.
cptr    dat     sbomb-cptr, dbomb+1-cptr
ptr     dat     FIRST, FIRST+GAP
; If the first SNE sees a difference it skips the second ADD, the second SNE sees the same
; difference and skips the JMP: either way we fall out of the loop with ptr on the find.
scan    add.f   leap, ptr
        sne.i   *ptr, @ptr
        add.f   leap, ptr
        sne.i   *ptr, @ptr
        jmp     scan
; Found: cptr's B := ptr's A aims the clear one cell before the A look.
        mov.ab  ptr, cptr
go      spl     #0, 0           ; more processes in the clear, so one stray DAT cannot stop it
wipe    mov.i   *cptr, >cptr
        mov.i   *cptr, >cptr
        mov.i   *cptr, >cptr
        mov.i   *cptr, >cptr
        mov.i   *cptr, >cptr
        mov.i   *cptr, >cptr
        jmp     wipe
leap    dat     STEP, STEP
; When the clear comes round to cptr (the first of our lines it meets), the bomb lands on
; cptr: its A field then selects the DAT and its B field sends the clear past our end.
sbomb   spl     #dbomb-cptr, dbomb-cptr
dbomb   dat     #dbomb-cptr, dbomb-cptr

        end
