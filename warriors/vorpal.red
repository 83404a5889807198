;redcode-94
;name Vorpal Blade
;author Red Queen arena
;strategy One-shot. A CMP scan (two cells 571 apart, step 1143) runs until the first pair that
;strategy differs, then turns for good into a two-pass clear that starts right there: a pass of
;strategy SPL #0 to freeze everything, then DATs round and round to kill what is frozen.
;assert CORESIZE == 8000

STEP    equ     1143
GAP     equ     571

        org     scan

; A field: which bomb to throw (relative to cptr). B field: the next cell to hit.
cptr    dat     sbomb-cptr, dbomb+1-cptr
; Start 10 was chosen offline: if the scan sees nothing else, the first of our own cells it
; sees is under the B look, and the clear would start 572 cells before that, outside us.
ptr     dat     10, 10+GAP
scan    add.f   leap, ptr
        sne.i   *ptr, @ptr
        jmp     scan
; Found: cptr's B := ptr's A aims the clear one cell before the A look.
        mov.ab  ptr, cptr
go      spl     #0, 0           ; more processes in the clear, so one stray DAT cannot stop it
wipe    mov.i   *cptr, >cptr
        jmp     wipe
leap    dat     STEP, STEP
; When the clear comes round to cptr (the first of our lines it meets), the bomb lands on
; cptr: its A field then selects the DAT and its B field sends the clear past our end.
sbomb   spl     #dbomb-cptr, dbomb-cptr
dbomb   dat     #dbomb-cptr, dbomb-cptr

        end
