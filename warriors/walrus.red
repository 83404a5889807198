;redcode-94
;name Walrus
;author Red Queen arena
;strategy Vampire. Scatters JMP fangs (step 2377) that all point back into its pit, where any
;strategy enemy process that runs one is stuck spawning useless copies of itself. After 4869
;strategy fangs it switches to a DAT clear that also wipes the pit and the prisoners in it.
;assert CORESIZE == 8000

STEP    equ     2377
FIRST   equ     7               ; with STEP: 4869 fangs before one would land on us (counted offline)
BITES   equ     4869

        org     bite

; The pit comes first, so the clear reaches it before it reaches cptr and skips the rest of us.
pit     spl     #0, 0
        jmp     pit
cptr    dat     0, kill+1-cptr
; The fang is also the pointer: B is where the next copy goes, A is chosen so that a copy
; sitting B cells away jumps exactly to the pit. Moving B on means pulling A back as much.
fang    jmp     pit-FIRST, FIRST
bite    add.f   leap, fang
        mov.i   fang, @fang
        djn.b   bite, #BITES
; DAT clear: forward from past our end, round the core, through the pit; writing kill over
; cptr sends it past the rest of us, and round it goes again.
clear   mov.i   kill, >cptr
        jmp     clear
leap    dat     -STEP, STEP
kill    dat     0, kill-cptr

        end
