;redcode-94
;name Queen of Hearts
;author Red Queen arena
;strategy Quickscan, then stone/imp. For its first couple of dozen cycles the Queen compares
;strategy pairs of cells spread over the whole core (an empty core is all DAT 0,0, so any
;strategy difference means someone is there); on a hit it lays two short DAT carpets out from it.
;strategy Hit or miss it then copies a five-line stone far away and starts it: an SPL #0 keeps
;strategy feeding processes into a MOV/ADD/DJN loop that throws DAT rocks at a mod-4 stride,
;strategy so it bombs faster the longer it lives, and the DJN decrements a cell behind it.
;strategy The same process then launches a 16-process 3-point imp spiral (step 2667, since
;strategy 3*2667 = 8001) with a JMP/ADD vector launch: the stone wins, the imps hold on for a
;strategy tie against what the stone cannot kill (papers). What is left behind is a decoy.
;strategy Constants from a random search on validation warriors.
;assert CORESIZE == 8000

QB      equ     377             ; first probed cell, past our own code
QS      equ     154             ; step between probes (48 probes, 24 pairs)
QD      equ     3205            ; each probe compares a cell with the one QD further on
QN      equ     22              ; passes of the carpet around a hit (two DATs each)
SSTEP   equ     3364            ; 4 * 841: the stride visits 2000 cells, all in one class mod 4
FIRST   equ     1001            ; first rock; = 1 mod 4, so rock 1750 finally lands on the DJN
SAWAY   equ     3000            ; where the stone is copied, relative to the original
IAWAY   equ     5873            ; where the imp spiral starts, relative to the original imp
ISTEP   equ     2667            ; imp step: three points around the core
SG1     equ     -135            ; cell the SPL #0 decrements each time it runs
SG2     equ     -150            ; cell the DJN.F decrements every loop
BA      equ     -3              ; fields of the DAT rock
BB      equ     2

        org     qscan

; Each block looks at four cells in two cycles: SNE skips to the JMP if its pair differs,
; SEQ falls onto it if its pair differs. Probe k is cell QB+k*QS from here, and QD beyond.
qscan   sne.i   qscan+QB+QS*0, qscan+QB+QS*0+QD
        seq.i   qscan+QB+QS*1, qscan+QB+QS*1+QD
        jmp     q0
        sne.i   qscan+QB+QS*2, qscan+QB+QS*2+QD
        seq.i   qscan+QB+QS*3, qscan+QB+QS*3+QD
        jmp     q1
        sne.i   qscan+QB+QS*4, qscan+QB+QS*4+QD
        seq.i   qscan+QB+QS*5, qscan+QB+QS*5+QD
        jmp     q2
        sne.i   qscan+QB+QS*6, qscan+QB+QS*6+QD
        seq.i   qscan+QB+QS*7, qscan+QB+QS*7+QD
        jmp     q3
        sne.i   qscan+QB+QS*8, qscan+QB+QS*8+QD
        seq.i   qscan+QB+QS*9, qscan+QB+QS*9+QD
        jmp     q4
        sne.i   qscan+QB+QS*10, qscan+QB+QS*10+QD
        seq.i   qscan+QB+QS*11, qscan+QB+QS*11+QD
        jmp     q5
        sne.i   qscan+QB+QS*12, qscan+QB+QS*12+QD
        seq.i   qscan+QB+QS*13, qscan+QB+QS*13+QD
        jmp     q6
        sne.i   qscan+QB+QS*14, qscan+QB+QS*14+QD
        seq.i   qscan+QB+QS*15, qscan+QB+QS*15+QD
        jmp     q7
        sne.i   qscan+QB+QS*16, qscan+QB+QS*16+QD
        seq.i   qscan+QB+QS*17, qscan+QB+QS*17+QD
        jmp     q8
        sne.i   qscan+QB+QS*18, qscan+QB+QS*18+QD
        seq.i   qscan+QB+QS*19, qscan+QB+QS*19+QD
        jmp     q9
        sne.i   qscan+QB+QS*20, qscan+QB+QS*20+QD
        seq.i   qscan+QB+QS*21, qscan+QB+QS*21+QD
        jmp     q10
        sne.i   qscan+QB+QS*22, qscan+QB+QS*22+QD
        seq.i   qscan+QB+QS*23, qscan+QB+QS*23+QD
        jmp     q11
        jmp     boot            ; nothing seen: straight to the stone/imp

; Decoder: block k enters k adds above q0, so qptr ends up on probe 2k.
q11     add.ab  #QS*2, qptr
q10     add.ab  #QS*2, qptr
q9      add.ab  #QS*2, qptr
q8      add.ab  #QS*2, qptr
q7      add.ab  #QS*2, qptr
q6      add.ab  #QS*2, qptr
q5      add.ab  #QS*2, qptr
q4      add.ab  #QS*2, qptr
q3      add.ab  #QS*2, qptr
q2      add.ab  #QS*2, qptr
q1      add.ab  #QS*2, qptr
q0      seq.i   blank, @qptr    ; probe 2k itself?
        jmp     found
        add.ab  #QD, qptr       ; its partner QD on?
        seq.i   blank, @qptr
        jmp     found
        add.ab  #QS-QD, qptr    ; probe 2k+1?
        seq.i   blank, @qptr
        jmp     found
        add.ab  #QD, qptr       ; then it must be its partner
; Lay DATs from the hit outwards both ways (A field walks down, B field walks up).
found   mov.ba  qptr, qptr
qloop   mov.i   cup, >qptr
        mov.i   cup, {qptr
        djn     qloop, #QN
        jmp     boot
qptr    dat     0, qscan+QB
blank   dat     0, 0            ; what an empty cell looks like
cup     dat     1, 1            ; the quickscan's bomb

; Copy the stone away, last line first, and give it one process.
boot    mov.i   stone+4, stone+4+SAWAY
        mov.i   stone+3, stone+3+SAWAY
        mov.i   stone+2, stone+2+SAWAY
        mov.i   stone+1, stone+1+SAWAY
        mov.i   stone+0, stone+0+SAWAY
        spl     stone+SAWAY
; Imp spiral: four SPL 1 make 16 processes, SPL 2 makes 32 that alternate JMP, ADD, JMP, ADD...
; so the 16 jumps land on imp+IAWAY + k*ISTEP in order; the 16 adders die on the DAT.
        mov.i   imp, imp+IAWAY
        spl     1
        spl     1
        spl     1
        spl     1
        spl     2
vec     jmp     @0, imp+IAWAY
        add.ab  #ISTEP, vec
        dat     0, 0

; The stone (runs from its copy). The aim lives in the ADD's own B field.
stone   spl     #0, <SG1        ; one process stays here and spawns a thrower every turn
sthrow  mov.i   sbomb, @sptr
sptr    add.ab  #SSTEP, #FIRST
sjmp    djn.f   sthrow, <SG2    ; loops unless the cell at SG2 is decremented to 0,0
sbomb   dat     #BA, #BB        ; the rock
imp     mov.i   #ISTEP, *0      ; the imp: copies itself ISTEP on

        end
