;redcode-94
;name Off With Their Heads
;author Red Queen arena
;strategy Core clear (SPL/DAT). Sweeps the whole core from just past its own end: the first
;strategy lap lays SPL #0 so every enemy process is frozen in place, every later lap lays DAT
;strategy to kill them. It never touches its own six lines, so it can run to the end.
;assert CORESIZE == 8000

        org     go

; A field: which bomb to throw next (relative to cptr). B field: the next cell to hit.
cptr    dat     sbomb-cptr, dbomb+1-cptr
go      spl     #0, 0           ; keeps feeding processes into the sweep loop
wipe    mov.i   *cptr, >cptr
        jmp     wipe
; Going forward round the core, the first of our lines the sweep meets is cptr. The bomb
; that lands there rewrites both fields: A now selects the DAT, B jumps the sweep past us.
sbomb   spl     #dbomb-cptr, dbomb-cptr
dbomb   dat     #dbomb-cptr, dbomb-cptr

        end
